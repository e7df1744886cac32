using PartooGroups.Api.Groups;

namespace PartooGroups.Api.Sections;

public sealed class Section
{
    public int Id { get; set; }

    public int OrgId { get; set; }

    public required string Name { get; set; }

    /// <summary>Case-folded <see cref="Name"/>; a unique index on (OrgId, NameKey) enforces uniqueness.</summary>
    public required string NameKey { get; set; }

    public bool HasPuller { get; set; }

    public List<Group> Groups { get; } = [];
}
