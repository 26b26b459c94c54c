using System.Globalization;
using System.Text;
using System.Xml;
using Civitas.Platform.Localization;
using Civitas.Platform.Markdown;
using Civitas.Publishing.Domain;
using Civitas.Publishing.Queries;
using Microsoft.Extensions.Localization;

namespace Civitas.Publishing.Web;

/// <summary>Writes the register as an Atom 1.0 feed (RFC 4287): one entry per published entry with
/// <c>updated</c> = its latest version, stable <c>tag:</c> ids (RFC 4151) and absolute links.</summary>
internal static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(FeedContext feed, IReadOnlyList<FeedItem> items, IMarkdownRenderer markdown, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteAttributeString("xml", "lang", null, CivitasCultures.IsEnglish ? CivitasCultures.English : CivitasCultures.Polish);
            w.WriteElementString("id", Namespace, feed.SelfUrl);
            w.WriteElementString("title", Namespace, text["Feed.Title", feed.TenantName]);
            w.WriteElementString("subtitle", Namespace, text["Feed.Subtitle", feed.TenantName]);
            Link(w, "self", "application/atom+xml", feed.SelfUrl);
            Link(w, "alternate", "text/html", feed.RegisterUrl);
            w.WriteElementString("updated", Namespace, Rfc3339(items.Count > 0 ? items.Max(i => i.UpdatedAt) : feed.Now));
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, feed.TenantName);
            w.WriteEndElement();
            w.WriteElementString("generator", Namespace, "Civitas");

            foreach (var item in items)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, TagUri(feed.Host, item.FirstPublishedAt, item.Id));
                w.WriteElementString("title", Namespace, PublicationDisplay.Title(item.Title, item.TitleEnglish));
                Link(w, "alternate", "text/html", feed.Absolute(PublicationUrls.Entry(item.Id)));
                w.WriteElementString("published", Namespace, Rfc3339(item.FirstPublishedAt));
                w.WriteElementString("updated", Namespace, Rfc3339(item.UpdatedAt));
                w.WriteStartElement("author", Namespace);
                w.WriteElementString("name", Namespace, item.Responsible.Name);
                w.WriteEndElement();
                w.WriteStartElement("category", Namespace);
                w.WriteAttributeString("term", PublicationCategoryCodes.Code(item.Category));
                w.WriteAttributeString("label", text[PublicationCategoryCodes.TextKey(item.Category)]);
                w.WriteEndElement();
                if (!string.IsNullOrWhiteSpace(item.Summary))
                {
                    w.WriteStartElement("summary", Namespace);
                    w.WriteAttributeString("type", "text");
                    w.WriteString(markdown.ToPlainText(item.Summary));
                    w.WriteEndElement();
                }
                w.WriteStartElement("content", Namespace);
                w.WriteAttributeString("type", "html");
                // Sanitised by the platform renderer, then escaped by the writer (type="html").
                w.WriteString(markdown.RenderToString(item.Body));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return stream.ToArray();
    }

    /// <summary>tag:host,yyyy-mm-dd:publikacje/{id}: the host served the entry on the day it was first
    /// published, so the id never changes when the entry does (RFC 4151, RFC 4287 §4.2.6).</summary>
    public static string TagUri(string host, DateTimeOffset firstPublishedAt, Guid id)
        => $"tag:{host.ToLowerInvariant()},{firstPublishedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:publikacje/{id}";

    private static string Rfc3339(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }
}
