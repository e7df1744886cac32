using FluentValidation;
using PartooGroups.Api.Sections;

namespace PartooGroups.Api.Users;

internal sealed class CreateApiKeyRequestValidator : AbstractValidator<CreateApiKeyRequest>
{
    public CreateApiKeyRequestValidator()
    {
        RuleFor(r => r.Label)
            .NotEmpty().WithMessage(NameRules.Blank)
            .MaximumLength(NameRules.MaxLength).WithMessage(NameRules.TooLong)
            .When(r => r.Label is not null);
    }
}
