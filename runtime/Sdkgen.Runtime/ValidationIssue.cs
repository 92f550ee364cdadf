namespace Sdkgen.Runtime;

/// <summary>One problem found while validating a request.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.recipients[0].phone_number</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>is required</c>.</param>
public sealed record ValidationIssue(string Path, string Message);
