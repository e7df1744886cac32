using FluentValidation;
using PartooGroups.Api.Errors;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Groups;

internal sealed class CreateGroupRequestValidator : AbstractValidator<CreateGroupRequest>
{
    public CreateGroupRequestValidator()
    {
        RuleFor(r => r.Name).PartooName();
        RuleFor(r => r.BusinessIn)
            .Must(ids => ids!.All(id => id is not null))
            .When(r => r.BusinessIn is not null)
            .WithMessage("Not a valid string.");
    }
}

internal sealed class UpdateGroupRequestValidator : AbstractValidator<UpdateGroupRequest>
{
    public const string NothingToUpdate = "Nothing to update: give name, business__in or both";

    public UpdateGroupRequestValidator()
    {
        RuleFor(r => r)
            .Must(r => r.Name is not null || r.BusinessIn is not null)
            .WithMessage(NothingToUpdate)
            .OverridePropertyName(ValidationFilterExtensions.WholeBody);
        RuleFor(r => r.Name).PartooName().When(r => r.Name is not null);
        RuleFor(r => r.BusinessIn)
            .Must(ids => ids!.All(id => id is not null))
            .When(r => r.BusinessIn is not null)
            .WithMessage("Not a valid string.");
    }
}
