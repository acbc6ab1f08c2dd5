#include "ListRestriction.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Kohtaamo {

ListRestriction::ListRestriction(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("listRestriction"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("restrictionText"));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(m_text, 1);
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName(QStringLiteral("showAll"));
    m_showAll->setAutoDefault(false);
    layout->addWidget(m_showAll);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        setRestriction({}, {});
        emit cleared();
    });
    retranslateUi();
    hide();
}

void ListRestriction::setRestriction(const QVector<qint64> &ids, const QString &title)
{
    m_ids = ids;
    m_title = title;
    setVisible(!m_ids.isEmpty());
    retranslateUi();
}

void ListRestriction::retranslateUi()
{
    m_text->setText(tr("Only: %1 (%n listed)", nullptr, int(m_ids.size())).arg(m_title));
    m_showAll->setText(tr("Show a&ll"));
    m_showAll->setAccessibleName(tr("Show all"));
    m_showAll->setAccessibleDescription(tr("Lists every record again, not only the ones picked on another page."));
}

void ListRestriction::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Kohtaamo
