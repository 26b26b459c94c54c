namespace Civitas.Grants.Domain.SmallGrants;

/// <summary>The statements closing the simplified offer (Dz.U. 2018 poz. 2055, part "Oświadczenia").</summary>
/// <param name="WithinPublicBenefitActivity">The task is carried out only within the offeror's public-benefit activity.</param>
/// <param name="FeesOnlyInPaidActivity">Fees from beneficiaries are charged only within paid public-benefit activity.</param>
/// <param name="HasTaxArrears">The offeror is in arrears with taxes (declared either way).</param>
/// <param name="HasSocialSecurityArrears">The offeror is in arrears with social-security contributions (declared either way).</param>
/// <param name="DataMatchRegister">The offeror's data match KRS or the other register.</param>
/// <param name="InformationTrue">The information given is true and up to date.</param>
/// <param name="DataSubjectsInformed">The persons whose data the offer contains were informed (RODO art. 13–14).</param>
internal sealed record SmallGrantStatements(
    bool WithinPublicBenefitActivity,
    bool FeesOnlyInPaidActivity,
    bool? HasTaxArrears,
    bool? HasSocialSecurityArrears,
    bool DataMatchRegister,
    bool InformationTrue,
    bool DataSubjectsInformed);
