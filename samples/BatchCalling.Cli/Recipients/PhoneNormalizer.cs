using PhoneNumbers;

namespace BatchCalling.Cli.Recipients;

/// <summary>Validates a phone cell and formats it as E.164; national numbers use the default region.</summary>
internal sealed class PhoneNormalizer(string defaultRegion)
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public string DefaultRegion { get; } = defaultRegion.ToUpperInvariant();

    public static bool IsKnownRegion(string region) => Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <returns>The E.164 number, or null with <paramref name="error"/> saying why.</returns>
    public string? Normalize(string raw, out string? error) => Normalize(raw, out _, out error);

    /// <returns>The E.164 number and its region (e.g. US), or null with <paramref name="error"/> saying why.</returns>
    public string? Normalize(string raw, out string? region, out string? error)
    {
        error = null;
        region = null;
        string text = raw.Trim();
        if (text.Length == 0)
        {
            error = "phone_number is empty";
            return null;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, DefaultRegion);
        }
        catch (NumberParseException e)
        {
            error = e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => $"not a phone number with a country code (+...), nor a national number for region {DefaultRegion}",
                ErrorType.TOO_SHORT_NSN or ErrorType.TOO_SHORT_AFTER_IDD => "too short to be a phone number",
                ErrorType.TOO_LONG => "too long to be a phone number",
                _ => "not a phone number",
            };
            return null;
        }

        if (!Util.IsValidNumber(number))
        {
            string country = Util.GetRegionCodeForNumber(number) ?? Util.GetRegionCodeForCountryCode(number.CountryCode);
            error = text.StartsWith('+')
                ? $"not a valid number for country code +{number.CountryCode} ({country})"
                : $"not a valid {DefaultRegion} number; use the international form (+...) or --default-region";
            return null;
        }

        region = Util.GetRegionCodeForNumber(number);
        return Util.Format(number, PhoneNumberFormat.E164);
    }
}
