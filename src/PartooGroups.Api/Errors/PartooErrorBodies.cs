namespace PartooGroups.Api.Errors;

// The vendor's error bodies, one record per shape. Only PartooError creates them.

public sealed record AuthenticationErrorBody(AuthenticationErrors Errors);

public sealed record AuthenticationErrors(string Authentication);

public sealed record AuthorizationErrorBody(AuthorizationErrors Errors);

public sealed record AuthorizationErrors(string Authorization);

/// <summary>400 with one entry per bad field: <c>{"errors":{"json":{"name":"name_already_exists"}}}</c>.</summary>
public sealed record FieldErrorBody(FieldErrors Errors);

public sealed record FieldErrors(IReadOnlyDictionary<string, string> Json);

/// <summary>Any other error: <c>{"errors":{"json":"Resource not found"}}</c>.</summary>
public sealed record MessageErrorBody(MessageErrors Errors);

public sealed record MessageErrors(string Json);
