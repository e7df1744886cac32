using FluentValidation;

namespace PartooGroups.Api.Diagnostics;

internal sealed class CreateFaultRequestValidator : AbstractValidator<CreateFaultRequest>
{
    public const string Missing = "Missing data for required field.";
    public const string UnknownOperation = "unknown_operation_id";

    public CreateFaultRequestValidator(ApiOperationIds operationIds)
    {
        RuleFor(r => r.OperationId)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Missing)
            .Must(id => operationIds.Contains(id!)).WithMessage(UnknownOperation);
        RuleFor(r => r.Kind)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Missing)
            .Must(kind => FaultKinds.All.Contains(kind!)).WithMessage($"Must be one of: {string.Join(", ", FaultKinds.All)}.");
        RuleFor(r => r.Tenant)
            .NotEmpty().When(r => r.Tenant is not null).WithMessage("Field may not be blank.");
        RuleFor(r => r.Times)
            .GreaterThanOrEqualTo(1).WithMessage("Must be greater than or equal to 1.");
        RuleFor(r => r.Probability)
            .InclusiveBetween(0, 1).WithMessage("Must be greater than or equal to 0 and less than or equal to 1.");
        RuleFor(r => r.DelayMs)
            .NotNull().When(r => r.Kind == FaultKinds.Delay).WithMessage(Missing);
        RuleFor(r => r.DelayMs)
            .InclusiveBetween(0, 60_000).WithMessage("Must be greater than or equal to 0 and less than or equal to 60000.");
        RuleFor(r => r.RetryAfterSeconds)
            .Null().When(r => r.Kind is not (FaultKinds.TooManyRequests or FaultKinds.ServiceUnavailable))
            .WithMessage("Only for kinds 429 and 503.");
        RuleFor(r => r.RetryAfterSeconds)
            .InclusiveBetween(0, 86_400).WithMessage("Must be greater than or equal to 0 and less than or equal to 86400.");
    }
}
