using System.Globalization;
using Civitas.Grants.Domain.Competitions;
using Civitas.Organisations.Contracts;

namespace Civitas.Grants.Web.Competitions;

/// <summary>What the announcement form partial shows besides the input: the sphere list, the legal
/// minimum offer period, and whether it is a correction (no publication dates, a reason instead).</summary>
internal sealed record AnnouncementForm(AnnouncementInput Input, IReadOnlyList<PublicTaskSphere> Spheres, bool Correction, int MinDays, string MinDaysBasis, bool CanAnnounce)
{
    /// <summary>Legal forms of art. 3 ust. 2–3 UDPP an announcement may admit (never "other", art. 3 ust. 4).</summary>
    public static IReadOnlyList<OrganisationLegalForm> EligibleForms { get; } =
        Enum.GetValues<OrganisationLegalForm>().Where(f => f != OrganisationLegalForm.Other).ToList();

    /// <summary>Adds or removes a row without saving: the form works without JavaScript, one submit per row.
    /// <paramref name="op"/> is "add-{list}" or "remove-{list}-{index}". Returns false for anything else.</summary>
    public static bool ApplyRowOperation(AnnouncementInput input, string? op)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(op)) return false;
        var parts = op.Split('-');
        if (parts.Length == 2 && parts[0] == "add")
        {
            switch (parts[1])
            {
                case "task" when input.Tasks.Count < Competition.MaxRows: input.Tasks.Add(new AnnouncementInput.TaskRow()); return true;
                case "criterion" when input.Criteria.Count < Competition.MaxRows: input.Criteria.Add(new AnnouncementInput.CriterionRow()); return true;
                case "prior" when input.PriorTasks.Count < Competition.MaxRows: input.PriorTasks.Add(new AnnouncementInput.PriorRow()); return true;
                case "checklist" when input.ChecklistItems.Count < Competition.MaxRows: input.ChecklistItems.Add(""); return true;
                case "attachment" when input.RequiredAttachments.Count < Competition.MaxRows: input.RequiredAttachments.Add(""); return true;
                default: return false;
            }
        }
        if (parts.Length == 3 && parts[0] == "remove" && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            return parts[1] switch
            {
                "task" => Remove(input.Tasks, i),
                "criterion" => Remove(input.Criteria, i),
                "prior" => Remove(input.PriorTasks, i),
                "checklist" => Remove(input.ChecklistItems, i),
                "attachment" => Remove(input.RequiredAttachments, i),
                _ => false,
            };
        }
        return false;
    }

    private static bool Remove<T>(List<T> list, int index)
    {
        if (index < 0 || index >= list.Count) return false;
        list.RemoveAt(index);
        return true;
    }
}
