// The catalogs themselves are resources added by CMake; this file only gives the static library a translation unit.
namespace qf {
extern const int qingfengTranslationsLibrary;
const int qingfengTranslationsLibrary = 1;
} // namespace qf
