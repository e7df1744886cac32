using FluentValidation;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Businesses;

/// <summary>Field rules shared by createBusiness and updateBusiness.</summary>
internal static class BusinessRules
{
    public const int MaxLength = 255;
    public const string CodeAlreadyExists = "code_already_exists";
    public const string InvalidReach = "Must be one of: LOCAL, GLOBAL.";
    public const string InvalidStatus = "Must be one of: open, closed, opening_soon, temporarily_closed.";

    public static readonly IReadOnlyList<string> Reaches = [BusinessReach.Local, BusinessReach.Global];
    public static readonly IReadOnlyList<string> Statuses = ["open", "closed", "opening_soon", "temporarily_closed"];

    public static readonly string TooLong = $"Longer than maximum length {MaxLength}.";

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxLength).WithMessage(TooLong);
}

internal sealed class CreateBusinessRequestValidator : AbstractValidator<CreateBusinessRequest>
{
    public CreateBusinessRequestValidator()
    {
        RuleFor(r => r.Name)
            .NotNull().WithMessage(NameRules.Missing)
            .NotEmpty().WithMessage(NameRules.Blank)
            .OptionalText();
        RuleFor(r => r.OrgId).GreaterThan(0).WithMessage("Must be greater than or equal to 1.");
        RuleFor(r => r.Reach).Must(BusinessRules.Reaches.Contains).When(r => r.Reach is not null).WithMessage(BusinessRules.InvalidReach);
        RuleFor(r => r.Code).OptionalText();
        RuleFor(r => r.City).OptionalText();
        RuleFor(r => r.Zipcode).OptionalText();
        RuleFor(r => r.Country).OptionalText();
    }
}

internal sealed class UpdateBusinessRequestValidator : AbstractValidator<UpdateBusinessRequest>
{
    public UpdateBusinessRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage(NameRules.Blank).OptionalText().When(r => r.Name is not null);
        RuleFor(r => r.Reach).Must(BusinessRules.Reaches.Contains).When(r => r.Reach is not null).WithMessage(BusinessRules.InvalidReach);
        RuleFor(r => r.Status).Must(BusinessRules.Statuses.Contains).When(r => r.Status is not null).WithMessage(BusinessRules.InvalidStatus);
        RuleFor(r => r.Code).OptionalText();
        RuleFor(r => r.City).OptionalText();
        RuleFor(r => r.Zipcode).OptionalText();
        RuleFor(r => r.Country).OptionalText();
    }
}
