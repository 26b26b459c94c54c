namespace Civitas.Platform.Mail;

/// <summary>Configuration section "Mail".</summary>
public sealed class MailOptions
{
    /// <summary>"Pickup" writes .eml files to <see cref="PickupDirectory"/> (development); "Smtp" sends.</summary>
    public string Mode { get; set; } = "Pickup";
    public string PickupDirectory { get; set; } = "data/mail";
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "civitas@localhost";
    public string FromName { get; set; } = "Civitas";
}
