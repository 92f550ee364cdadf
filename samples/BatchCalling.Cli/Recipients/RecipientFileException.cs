using System;

namespace BatchCalling.Cli.Recipients;

/// <summary>The file cannot be read at all (missing, unknown extension, corrupt workbook).</summary>
internal sealed class RecipientFileException(string message, Exception? inner = null) : Exception(message, inner);
