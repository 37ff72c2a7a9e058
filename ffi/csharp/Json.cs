// A small exact JSON reader and writer: the .NET Framework 4.x ships none that keeps
// numbers (prices) as written. Values: null, bool, string, JsonNumber, List<object>,
// JsonObject.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kopru
{
    /// <summary>A JSON number, kept as its text so that nothing is rounded.</summary>
    public sealed class JsonNumber
    {
        /// <summary>The number exactly as written in the JSON text.</summary>
        public readonly string Text;

        /// <summary>A number with the given JSON text (e.g. "12.90").</summary>
        public JsonNumber(string text) { Text = text; }

        /// <summary>The number's JSON text.</summary>
        public override string ToString() { return Text; }
    }

    /// <summary>A JSON object that keeps its member order.</summary>
    public sealed class JsonObject
    {
        /// <summary>The member names, in order.</summary>
        public readonly List<string> Keys = new List<string>();
        private readonly Dictionary<string, object> values = new Dictionary<string, object>();

        /// <summary>True when the object has the member <paramref name="key"/>.</summary>
        public bool Has(string key) { return values.ContainsKey(key); }

        /// <summary>The member's value, or null when it is missing.</summary>
        public object Get(string key) { object v; return values.TryGetValue(key, out v) ? v : null; }

        /// <summary>Sets a member (appended when new, replaced in place otherwise).</summary>
        public void Set(string key, object value)
        {
            if (!values.ContainsKey(key)) Keys.Add(key);
            values[key] = value;
        }
    }

    /// <summary>Parses and writes JSON text; numbers are never rounded.</summary>
    public static class Json
    {
        /// <summary>Parses JSON text; throws FormatException when it is not JSON.</summary>
        public static object Parse(string text)
        {
            int i = 0;
            object value = ReadValue(text, ref i);
            SkipWs(text, ref i);
            if (i != text.Length) throw new FormatException("trailing characters at " + i);
            return value;
        }

        private static void SkipWs(string s, ref int i)
        {
            while (i < s.Length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
        }

        private static object ReadValue(string s, ref int i)
        {
            SkipWs(s, ref i);
            if (i >= s.Length) throw new FormatException("unexpected end");
            char c = s[i];
            if (c == '{')
            {
                var obj = new JsonObject();
                i++;
                SkipWs(s, ref i);
                if (i < s.Length && s[i] == '}') { i++; return obj; }
                while (true)
                {
                    SkipWs(s, ref i);
                    string key = ReadString(s, ref i);
                    SkipWs(s, ref i);
                    Expect(s, ref i, ':');
                    obj.Set(key, ReadValue(s, ref i));
                    SkipWs(s, ref i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    Expect(s, ref i, '}');
                    return obj;
                }
            }
            if (c == '[')
            {
                var list = new List<object>();
                i++;
                SkipWs(s, ref i);
                if (i < s.Length && s[i] == ']') { i++; return list; }
                while (true)
                {
                    list.Add(ReadValue(s, ref i));
                    SkipWs(s, ref i);
                    if (i < s.Length && s[i] == ',') { i++; continue; }
                    Expect(s, ref i, ']');
                    return list;
                }
            }
            if (c == '"') return ReadString(s, ref i);
            if (Word(s, ref i, "null")) return null;
            if (Word(s, ref i, "true")) return true;
            if (Word(s, ref i, "false")) return false;
            int start = i;
            while (i < s.Length && "+-0123456789.eE".IndexOf(s[i]) >= 0) i++;
            if (i == start) throw new FormatException("unexpected '" + c + "' at " + i);
            return new JsonNumber(s.Substring(start, i - start));
        }

        private static void Expect(string s, ref int i, char c)
        {
            if (i >= s.Length || s[i] != c) throw new FormatException("expected '" + c + "' at " + i);
            i++;
        }

        private static bool Word(string s, ref int i, string word)
        {
            if (string.CompareOrdinal(s, i, word, 0, word.Length) != 0) return false;
            i += word.Length;
            return true;
        }

        private static string ReadString(string s, ref int i)
        {
            Expect(s, ref i, '"');
            var sb = new StringBuilder();
            while (true)
            {
                if (i >= s.Length) throw new FormatException("unterminated string");
                char c = s[i++];
                if (c == '"') return sb.ToString();
                if (c != '\\') { sb.Append(c); continue; }
                if (i >= s.Length) throw new FormatException("unterminated escape");
                char e = s[i++];
                switch (e)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u':
                        if (i + 4 > s.Length) throw new FormatException("short \\u escape");
                        sb.Append((char)int.Parse(s.Substring(i, 4), NumberStyles.HexNumber));
                        i += 4;
                        break;
                    default: sb.Append(e); break;
                }
            }
        }

        /// <summary>Writes a value (null, bool, string, int, long, JsonNumber, List&lt;object&gt;, JsonObject) as JSON text.</summary>
        public static string Write(object value)
        {
            var sb = new StringBuilder();
            WriteTo(sb, value);
            return sb.ToString();
        }

        private static void WriteTo(StringBuilder sb, object value)
        {
            if (value == null) { sb.Append("null"); return; }
            if (value is bool) { sb.Append((bool)value ? "true" : "false"); return; }
            if (value is JsonNumber) { sb.Append(((JsonNumber)value).Text); return; }
            if (value is int || value is long) { sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); return; }
            var str = value as string;
            if (str != null) { WriteString(sb, str); return; }
            var list = value as List<object>;
            if (list != null)
            {
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    WriteTo(sb, list[i]);
                }
                sb.Append(']');
                return;
            }
            var obj = (JsonObject)value;
            sb.Append('{');
            for (int i = 0; i < obj.Keys.Count; i++)
            {
                if (i > 0) sb.Append(',');
                WriteString(sb, obj.Keys[i]);
                sb.Append(':');
                WriteTo(sb, obj.Get(obj.Keys[i]));
            }
            sb.Append('}');
        }

        private static void WriteString(StringBuilder sb, string s)
        {
            sb.Append('"');
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < 0x20) sb.AppendFormat("\\u{0:x4}", (int)c);
                else sb.Append(c);
            }
            sb.Append('"');
        }

        /// <summary>Deep equality: numbers by value, objects regardless of member order.</summary>
        public static bool DeepEqual(object a, object b)
        {
            if (a == null || b == null) return a == null && b == null;
            if (a is JsonNumber && b is JsonNumber)
            {
                decimal x, y;
                string ta = ((JsonNumber)a).Text, tb = ((JsonNumber)b).Text;
                if (decimal.TryParse(ta, NumberStyles.Float, CultureInfo.InvariantCulture, out x) &&
                    decimal.TryParse(tb, NumberStyles.Float, CultureInfo.InvariantCulture, out y))
                    return x == y;
                return double.Parse(ta, CultureInfo.InvariantCulture) == double.Parse(tb, CultureInfo.InvariantCulture);
            }
            var la = a as List<object>;
            var lb = b as List<object>;
            if (la != null || lb != null)
            {
                if (la == null || lb == null || la.Count != lb.Count) return false;
                for (int i = 0; i < la.Count; i++) if (!DeepEqual(la[i], lb[i])) return false;
                return true;
            }
            var oa = a as JsonObject;
            var ob = b as JsonObject;
            if (oa != null || ob != null)
            {
                if (oa == null || ob == null || oa.Keys.Count != ob.Keys.Count) return false;
                foreach (string key in oa.Keys)
                    if (!ob.Has(key) || !DeepEqual(oa.Get(key), ob.Get(key))) return false;
                return true;
            }
            return a.Equals(b);
        }
    }
}
