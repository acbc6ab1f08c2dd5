#pragma once

#include <QLabel>

namespace Kohtaamo {

// A heading on a page: the page title or a section title, sized relative to the user's font so that large-font
// settings scale it too.
class PageHeading : public QLabel
{
    Q_OBJECT
public:
    enum class Level { Title, Section };

    explicit PageHeading(Level level, QWidget *parent = nullptr);

    Level level() const { return m_level; }

private:
    Level m_level;
};

} // namespace Kohtaamo
