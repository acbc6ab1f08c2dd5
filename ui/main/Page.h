#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace Kohtaamo {

// The main window's pages, in side bar order. The key is what the settings remember (stable across versions and
// languages); the order may change.
enum class Page { Today, Requests, Workers, Reports, Settings };

inline QVector<Page> allPages()
{
    return { Page::Today, Page::Requests, Page::Workers, Page::Reports, Page::Settings };
}

inline QString pageKey(Page page)
{
    switch (page) {
    case Page::Today:
        return QStringLiteral("today");
    case Page::Requests:
        return QStringLiteral("requests");
    case Page::Workers:
        return QStringLiteral("workers");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

inline std::optional<Page> pageFromKey(const QString &key)
{
    for (Page page : allPages()) {
        if (pageKey(page) == key)
            return page;
    }
    return std::nullopt;
}

} // namespace Kohtaamo
