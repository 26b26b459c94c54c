namespace Civitas.Publishing.Queries;

internal sealed record AttachmentView(Guid FileId, string Name, string ContentType, long Length);
