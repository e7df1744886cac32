using FluentValidation;

namespace PartooGroups.Api.Sections;

internal sealed class CreateSectionRequestValidator : AbstractValidator<CreateSectionRequest>
{
    public CreateSectionRequestValidator()
    {
        RuleFor(r => r.Name).PartooName();
        RuleFor(r => r.OrgId).GreaterThan(0).WithMessage("Must be greater than or equal to 1.");
    }
}

internal sealed class UpdateSectionRequestValidator : AbstractValidator<UpdateSectionRequest>
{
    public UpdateSectionRequestValidator() => RuleFor(r => r.Name).PartooName();
}
