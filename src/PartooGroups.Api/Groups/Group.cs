namespace PartooGroups.Api.Groups;

public sealed class Group
{
    public int Id { get; set; }

    public int SectionId { get; set; }

    public required string Name { get; set; }

    /// <summary>Case-folded <see cref="Name"/>; a unique index on (SectionId, NameKey) enforces uniqueness.</summary>
    public required string NameKey { get; set; }

    public bool HasPuller { get; set; }

    public List<GroupBusiness> Memberships { get; } = [];
}
