using System;
using System.Collections.Generic;

namespace DocGen.Core.Languages;

/// <summary>
/// Maps the English language names the archive writes ("Russian", "Chinese", "Serbo-Croatian") to BCP 47 tags built on
/// ISO 639-1 codes where one exists (ISO 639-3 otherwise). Unknown names map to null and are reported, never guessed.
/// </summary>
public static class LanguageTags
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Afrikaans"] = "af", ["Albanian"] = "sq", ["Amharic"] = "am", ["Arabic"] = "ar", ["Armenian"] = "hy",
        ["Azerbaijani"] = "az", ["Azeri"] = "az", ["Belarusian"] = "be", ["Bengali"] = "bn", ["Bosnian"] = "bs",
        ["Bulgarian"] = "bg", ["Burmese"] = "my", ["Catalan"] = "ca", ["Chinese"] = "zh", ["Mandarin"] = "zh",
        ["Croatian"] = "hr", ["Czech"] = "cs", ["Danish"] = "da", ["Dutch"] = "nl", ["English"] = "en",
        ["Estonian"] = "et", ["Farsi"] = "fa", ["Persian"] = "fa", ["Finnish"] = "fi", ["French"] = "fr",
        ["Georgian"] = "ka", ["German"] = "de", ["Greek"] = "el", ["Hebrew"] = "he", ["Hindi"] = "hi",
        ["Hungarian"] = "hu", ["Icelandic"] = "is", ["Indonesian"] = "id", ["Italian"] = "it", ["Japanese"] = "ja",
        ["Kazakh"] = "kk", ["Khmer"] = "km", ["Korean"] = "ko", ["Kurdish"] = "ku", ["Kyrgyz"] = "ky", ["Lao"] = "lo",
        ["Latvian"] = "lv", ["Lithuanian"] = "lt", ["Macedonian"] = "mk", ["Malay"] = "ms", ["Mongolian"] = "mn",
        ["Norwegian"] = "no", ["Pashto"] = "ps", ["Polish"] = "pl", ["Portuguese"] = "pt", ["Romanian"] = "ro",
        ["Russian"] = "ru", ["Serbian"] = "sr", ["Serbo-Croatian"] = "sh", ["Slovak"] = "sk", ["Slovenian"] = "sl",
        ["Somali"] = "so", ["Spanish"] = "es", ["Swahili"] = "sw", ["Swedish"] = "sv", ["Tajik"] = "tg",
        ["Thai"] = "th", ["Tibetan"] = "bo", ["Turkish"] = "tr", ["Turkmen"] = "tk", ["Ukrainian"] = "uk",
        ["Urdu"] = "ur", ["Uzbek"] = "uz", ["Vietnamese"] = "vi", ["Yiddish"] = "yi", ["Cantonese"] = "yue",
        ["Tigrinya"] = "ti",
    };

    /// <summary>The BCP 47 tag for a language name, or null when the name is not known.</summary>
    public static string? For(string name) => ByName.TryGetValue(name.Trim(), out var tag) ? tag : null;
}
