namespace Sdkgen.Runtime;

/// <summary>How a parameter's value is serialized: OpenAPI's <c>style</c> values.</summary>
public enum ParameterStyle
{
    /// <summary><c>simple</c>: <c>blue,black</c>. The default for path and header parameters.</summary>
    Simple = 0,

    /// <summary><c>label</c> (path only): <c>.blue.black</c>.</summary>
    Label = 1,

    /// <summary><c>matrix</c> (path only): <c>;color=blue,black</c>.</summary>
    Matrix = 2,

    /// <summary><c>form</c>: <c>color=blue&amp;color=black</c>. The default for query and cookie parameters.</summary>
    Form = 3,

    /// <summary><c>spaceDelimited</c> (query only): <c>color=blue%20black</c>.</summary>
    SpaceDelimited = 4,

    /// <summary><c>pipeDelimited</c> (query only): <c>color=blue%7Cblack</c>.</summary>
    PipeDelimited = 5,

    /// <summary>
    /// <c>deepObject</c> (query and form bodies): <c>color%5BR%5D=100</c>. Nested objects and arrays continue the
    /// brackets (<c>items%5B0%5D%5Bprice%5D=x</c>), as payment APIs such as Stripe's expect.
    /// </summary>
    DeepObject = 6,
}
