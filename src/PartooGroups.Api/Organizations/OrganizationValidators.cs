using FluentValidation;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Organizations;

internal sealed class CreateOrganizationRequestValidator : AbstractValidator<CreateOrganizationRequest>
{
    public CreateOrganizationRequestValidator()
    {
        RuleFor(r => r.Name)
            .NotNull().WithMessage(NameRules.Missing)
            .NotEmpty().WithMessage(NameRules.Blank)
            .MaximumLength(NameRules.MaxLength).WithMessage(NameRules.TooLong);
        RuleFor(r => r.Alias)
            .Must(alias => OrganizationAlias.IsValid(alias!))
            .When(r => r.Alias is not null)
            .WithMessage(OrganizationAlias.Invalid);
        RuleFor(r => r.MaxBusinesses)
            .GreaterThanOrEqualTo(0)
            .WithMessage("Must be greater than or equal to 0.");
    }
}

internal sealed class UpdateOrganizationRequestValidator : AbstractValidator<UpdateOrganizationRequest>
{
    public UpdateOrganizationRequestValidator()
    {
        RuleFor(r => r.Name)
            .NotEmpty().WithMessage(NameRules.Blank)
            .MaximumLength(NameRules.MaxLength).WithMessage(NameRules.TooLong)
            .When(r => r.Name is not null);
        RuleFor(r => r.Alias)
            .Must(alias => OrganizationAlias.IsValid(alias!))
            .When(r => r.Alias is not null)
            .WithMessage(OrganizationAlias.Invalid);
        RuleFor(r => r.MaxBusinesses!.Limit)
            .GreaterThanOrEqualTo(0)
            .When(r => r.MaxBusinesses?.Limit is not null)
            .WithMessage("Must be greater than or equal to 0.")
            .OverridePropertyName("max_businesses");
    }
}
