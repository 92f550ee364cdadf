using System;
using System.Text;
using System.Text.Unicode;

namespace BatchCalling.Cli.Recipients;

/// <summary>
/// Turns a text file's bytes into text without mangling names: a byte order mark decides (UTF-8, UTF-16, UTF-32);
/// without one, UTF-16 is recognised by its zero bytes, valid UTF-8 is UTF-8, and anything else is read as
/// Windows-1252 (what Excel on Western Windows saves as "CSV") with a warning saying so.
/// </summary>
internal static class TextDecoding
{
    static TextDecoding()
    {
        // Legacy code pages exist in .NET only after this registration.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>An encoding by name or code page (utf-8, utf-16, windows-1252, 1252, latin1 …), or null when unknown.</summary>
    public static Encoding? Find(string name)
    {
        try
        {
            return int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <param name="bytes">The whole file.</param>
    /// <param name="chosen">The encoding the user named, or null to detect it.</param>
    /// <param name="used">The encoding the text was read with.</param>
    /// <param name="guessed">True when the file was not UTF-8 and the encoding is a guess the user should check.</param>
    /// <returns>The text, without a byte order mark.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, Encoding? chosen, out Encoding used, out bool guessed)
    {
        guessed = false;
        used = chosen ?? Detect(bytes, out guessed);
        ReadOnlySpan<byte> preamble = used.Preamble;
        return used.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes);
    }

    private static Encoding Detect(ReadOnlySpan<byte> bytes, out bool guessed)
    {
        guessed = false;
        foreach (Encoding withBom in (Encoding[])[Encoding.UTF8, Encoding.UTF32, new UTF32Encoding(bigEndian: true, byteOrderMark: true), Encoding.Unicode, Encoding.BigEndianUnicode])
        {
            // UTF-32 LE before UTF-16 LE: its mark starts with UTF-16 LE's.
            if (bytes.StartsWith(withBom.Preamble))
            {
                return withBom;
            }
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return utf16;
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8;
        }

        guessed = true;
        return Windows1252;
    }

    // Mostly-ASCII text in UTF-16 has a zero in every other byte: odd positions for little endian, even for big.
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        int pairs = sample.Length / 2;
        return oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs ? Encoding.Unicode
            : evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs ? Encoding.BigEndianUnicode
            : null;
    }
}
