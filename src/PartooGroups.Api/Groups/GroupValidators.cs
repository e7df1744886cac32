using FluentValidation;
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
