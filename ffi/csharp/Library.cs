// Facts about the loaded native library.
namespace Kopru
{
    /// <summary>The native kopru library this process loaded.</summary>
    public static class Library
    {
        /// <summary>The native library's version, e.g. "0.1.0".</summary>
        public static string Version
        {
            get { return Utf8.ReadTerminated(NativeMethods.kopru_version()); }
        }
    }
}
