namespace Civitas.Grants.Domain.Committee;

/// <summary>Who a committee member is (art. 15 ust. 2b and 2d UDPP).</summary>
internal enum MemberKind
{
    /// <summary>A representative of the executive organ (art. 15 ust. 2b pkt 1).</summary>
    Official = 1,

    /// <summary>A person nominated by an organisation or an entity of art. 3 ust. 3 (art. 15 ust. 2b pkt 2);
    /// never one nominated by an organisation that takes part in the competition.</summary>
    NominatedByOrganisation = 2,

    /// <summary>A person with expertise in the field of the competition, with an advisory voice only
    /// (art. 15 ust. 2d UDPP): their scores are shown apart and never counted in the averages.</summary>
    Expert = 3,
}
