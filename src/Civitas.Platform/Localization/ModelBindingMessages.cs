using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace Civitas.Platform.Localization;

/// <summary>Localises the model binder's own messages ("The value 'x' is not valid for Y").</summary>
internal static class ModelBindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider p, IStringLocalizer l)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => l["Validation.ValueInvalid", value, field]);
        p.SetMissingBindRequiredValueAccessor(field => l["Validation.MissingBindRequired", field]);
        p.SetMissingKeyOrValueAccessor(() => l["Validation.MissingKeyOrValue"]);
        p.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.MissingRequestBodyRequired"]);
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation.NonPropertyAttemptedValueInvalid", value]);
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.NonPropertyUnknownValueInvalid"]);
        p.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.NonPropertyValueMustBeNumber"]);
        p.SetUnknownValueIsInvalidAccessor(field => l["Validation.ValueInvalid", "", field]);
        p.SetValueIsInvalidAccessor(value => l["Validation.NonPropertyAttemptedValueInvalid", value]);
        p.SetValueMustBeANumberAccessor(field => l["Validation.ValueMustBeNumber", field]);
        p.SetValueMustNotBeNullAccessor(_ => l["Validation.ValueRequired"]);
    }
}
