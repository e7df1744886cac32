namespace PartooGroups.Api.Tests.BadInput;

/// <summary>The JSON type a body field takes, which decides the values of the wrong type the matrix sends it.</summary>
public enum FieldKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>An integer, strictly (a numeric string is refused).</summary>
    Number,

    /// <summary>An integer or a numeric string (<c>org_id</c>).</summary>
    NumberOrNumericString,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>true or false, or the strings "True"/"False" in any case.</summary>
    LenientBoolean,

    /// <summary>A list of strings.</summary>
    TextList,

    /// <summary>A list of integers.</summary>
    NumberList,

    /// <summary>A list of lists of integers (<c>accesses</c>).</summary>
    NumberListList,
}

/// <summary>
/// A body field as the contract has it. <see cref="Closed"/>: a string whose acceptable values are few (an enum, an
/// alias, an email, an id), so every odd string is refused. <see cref="NonBlank"/>: "" is refused. <see cref="Bounded"/>:
/// at most 255 characters. <see cref="NoControl"/>: NUL and control characters are refused (section and group names).
/// <see cref="NullRefused"/>: null is an error; otherwise null means "omitted" or "unchanged".
/// </summary>
public sealed record BodyField(
    string Name,
    FieldKind Kind,
    bool Required = false,
    bool NullRefused = false,
    bool Closed = false,
    bool NonBlank = false,
    bool Bounded = false,
    bool NoControl = false)
{
    /// <summary>A required section or group name.</summary>
    public static BodyField PartooName(string name = "name") =>
        new(name, FieldKind.Text, Required: true, NullRefused: true, NonBlank: true, Bounded: true, NoControl: true);

    /// <summary>A string of a fixed set, or any other string the server checks against what exists.</summary>
    public static BodyField ClosedText(string name) => new(name, FieldKind.Text, Closed: true);

    /// <summary>Free text of at most 255 characters.</summary>
    public static BodyField BoundedText(string name, bool required = false, bool nonBlank = false) =>
        new(name, FieldKind.Text, Required: required, NullRefused: required, NonBlank: required || nonBlank, Bounded: true);

    /// <summary>Free text with no limit.</summary>
    public static BodyField FreeText(string name) => new(name, FieldKind.Text);

    public static BodyField Of(string name, FieldKind kind) => new(name, kind);
}
