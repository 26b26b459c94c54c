namespace Civitas.Publishing.Web;

/// <summary>Where the feed is served: links are absolute, built from the request's scheme and host.</summary>
internal sealed record FeedContext(string TenantName, string Origin, string Host, string SelfUrl, DateTimeOffset Now)
{
    public string RegisterUrl => Absolute(Domain.PublicationUrls.Register);

    public string Absolute(string path) => Origin + path;
}
