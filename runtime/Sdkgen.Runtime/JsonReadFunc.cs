using System.Text.Json;

namespace Sdkgen.Runtime;

/// <summary>
/// Reads one JSON value of type <typeparamref name="T"/>. The reader is positioned on the value's first token
/// and must be left on its last token (the same contract as a System.Text.Json converter).
/// </summary>
/// <typeparam name="T">The type produced.</typeparam>
/// <param name="reader">The reader positioned on the value.</param>
/// <returns>The value read.</returns>
public delegate T JsonReadFunc<T>(ref Utf8JsonReader reader);
