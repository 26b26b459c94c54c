using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Civitas.Platform.Localization;

/// <summary>Gives every validation attribute without its own message a resource key
/// ("Validation.Required"…), so that all field errors come out in the user's language.</summary>
internal sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (HasOwnMessage(attribute) || attribute.ErrorMessageResourceType is not null) continue;
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Validation.Required",
                StringLengthAttribute { MinimumLength: > 0 } => "Validation.StringLengthRange",
                StringLengthAttribute => "Validation.StringLength",
                MaxLengthAttribute => "Validation.MaxLength",
                MinLengthAttribute => "Validation.MinLength",
                EmailAddressAttribute => "Validation.Email",
                RangeAttribute => "Validation.Range",
                CompareAttribute => "Validation.Compare",
                UrlAttribute => "Validation.Url",
                PhoneAttribute => "Validation.Phone",
                RegularExpressionAttribute => "Validation.Format",
                _ => null,
            };
        }
    }

    // [EmailAddress], [Phone] and [Url] report their built-in English text as ErrorMessage even
    // when none was set, which would keep them out of the localisation above.
    private static bool HasOwnMessage(ValidationAttribute attribute)
        => attribute.ErrorMessage is not null
        && !(attribute is EmailAddressAttribute or PhoneAttribute or UrlAttribute
             && attribute.ErrorMessage == ((ValidationAttribute)Activator.CreateInstance(attribute.GetType())!).ErrorMessage);
}
