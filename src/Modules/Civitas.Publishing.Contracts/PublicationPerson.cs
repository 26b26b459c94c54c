namespace Civitas.Publishing.Contracts;

/// <summary>A person named in the metadata of a published entry (art. 8 ust. 6 of the act on access to
/// public information): the person who produced or is responsible for the content, or the person who
/// entered it into the register. These persons act in a public function, so their names are published.</summary>
/// <param name="Name">First name and surname, as it is to be published.</param>
/// <param name="Function">Position or function, e.g. "Naczelnik Wydziału Współpracy z Organizacjami
/// Pozarządowymi" (optional, but BIP practice shows it).</param>
public sealed record PublicationPerson(string Name, string? Function = null);
