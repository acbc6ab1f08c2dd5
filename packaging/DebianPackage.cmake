# `make package`: kohtaamo_<version>_amd64.deb with CPack's DEB generator. Included from the top CMakeLists.txt,
# after every install() rule. The version is project(VERSION); the package is native (no Debian revision).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kohtaamo)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Kohtaamo developers")
set(CPACK_PACKAGE_CONTACT "Kohtaamo developers <dev@kohtaamo.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "coordinate experience workers for child-protection commissions")
# The long description, wrapped for dpkg (CPack indents each line; an empty line becomes " .").
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Kohtaamo helps the coordinators of experience workers in Finnish"
    "child-protection organisations. A coordinator logs a commission from a"
    "professional, tags it by topic, and Kohtaamo ranks the registered"
    "experience workers by relevant lived experience, availability and"
    "consent, with the reasons in plain words."
    ""
    "Invitations, answers, meetings, debriefs, fees and the experience"
    "knowledge a meeting produced are kept in one office: an SQLite file, or"
    "a PostgreSQL database shared by several coordinators. Every change is"
    "audited. The interface speaks Finnish, Swedish and English; kohtaamo-cli"
    "serves scripts."
)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://kohtaamo.invalid/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Debian's permissions whatever the builder's umask: directories 0755, control files 0644/0755.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps computes the libraries the binaries link (Qt Core, Gui, Widgets, Sql, Svg, libc …).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time is invisible to dpkg-shlibdeps: the SQL drivers (SQLite, PostgreSQL); the platform
# plugins (xcb and offscreen are in libqt6gui6 on bookworm, listed so that the reason is written down); the input
# context plugins for dead keys and compose (qt6-qpa-plugins); Qt's own Finnish and Swedish catalogues.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6gui6, qt6-qpa-plugins, qt6-translations-l10n")
# Native Wayland, the icon theme's cache triggers; xdg-email for "Open in mail program"; a keyring service (Secret
# Service or KWallet) where the mail account's password is kept.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, hicolor-icon-theme, xdg-utils, gnome-keyring | kwalletmanager | keepassxc")
include(CPack)
