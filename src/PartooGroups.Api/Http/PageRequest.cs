namespace PartooGroups.Api.Http;

/// <summary>A page of a list route: <c>page</c> starts at 1, 30 items a page unless <c>per_page</c> (1 to 100) says otherwise.</summary>
public readonly record struct PageRequest(int Page, int PerPage)
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 100;

    /// <summary>Items before the page, capped so that a huge <c>page</c> cannot wrap around to the first items.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PerPage);

    /// <summary>The vendor's <c>max_page</c>: at least 1, so clients that loop while page &lt; max_page stop.</summary>
    public int MaxPage(int count) => Math.Max(1, (count + PerPage - 1) / PerPage);
}
