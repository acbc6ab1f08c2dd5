#include "FieldProblems.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace Kohtaamo {

FieldProblems::FieldProblems(QObject *parent) : QObject(parent) { }

QWidget *FieldProblems::add(const QString &field, QWidget *input, QWidget *shown)
{
    if (!shown)
        shown = input;
    auto *holder = new QWidget(shown->parentWidget());
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(shown);

    auto *row = new QWidget(holder);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    const int size = holder->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(holder->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *message = new QLabel(row);
    message->setObjectName(QStringLiteral("problem_") + field);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rowLayout->addWidget(icon, 0, Qt::AlignTop);
    rowLayout->addWidget(message, 1);
    layout->addWidget(row);
    row->hide();

    Entry e;
    e.field = field;
    e.input = input;
    e.messageRow = row;
    e.message = message;
    e.description = input->accessibleDescription();
    m_entries.push_back(e);

    // Leaving any part of the field (a spin box's line edit, a list's buttons) counts as leaving it.
    shown->installEventFilter(this);
    for (QWidget *child : shown->findChildren<QWidget *>())
        child->installEventFilter(this);
    if (input != shown && !shown->isAncestorOf(input))
        input->installEventFilter(this);
    return holder;
}

bool FieldProblems::hasField(const QString &field) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.field == field; });
}

FieldProblems::Entry *FieldProblems::entry(const QString &field)
{
    for (Entry &e : m_entries) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

void FieldProblems::edited(const QString &field)
{
    if (Entry *e = entry(field)) {
        e->edited = true;
        e->saveProblem.clear();
    }
    refresh();
}

void FieldProblems::setProblems(const QVector<Error> &problems)
{
    m_problems = problems;
    refresh();
}

void FieldProblems::addSaveProblem(const Error &problem)
{
    if (Entry *e = entry(problem.detail))
        e->saveProblem = problem.message;
    refresh();
}

void FieldProblems::revealAll()
{
    m_revealAll = true;
    refresh();
}

void FieldProblems::reset()
{
    m_revealAll = false;
    m_problems.clear();
    for (Entry &e : m_entries) {
        e.edited = false;
        e.left = false;
        e.saveProblem.clear();
    }
    refresh();
}

QString FieldProblems::shownMessage(const QString &field) const
{
    for (const Entry &e : m_entries) {
        if (e.field == field)
            return e.messageRow->isVisibleTo(e.messageRow->parentWidget()) ? e.message->text() : QString();
    }
    return {};
}

QStringList FieldProblems::shownFields() const
{
    QStringList fields;
    for (const Entry &e : m_entries) {
        if (!shownMessage(e.field).isEmpty())
            fields << e.field;
    }
    return fields;
}

QWidget *FieldProblems::firstInput() const
{
    for (const Entry &e : m_entries) {
        if (!shownMessage(e.field).isEmpty())
            return e.input;
    }
    return nullptr;
}

bool FieldProblems::showsProblemWithin(const QWidget *widget) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return widget->isAncestorOf(e.input) && !shownMessage(e.field).isEmpty();
    });
}

void FieldProblems::refresh()
{
    bool changed = false;
    for (Entry &e : m_entries) {
        QString text = e.saveProblem;
        if (text.isEmpty() && (m_revealAll || (e.edited && e.left))) {
            for (const Error &p : std::as_const(m_problems)) {
                if (p.detail == e.field) {
                    text = p.message;
                    break;
                }
            }
        }
        const bool wasShown = e.messageRow->isVisibleTo(e.messageRow->parentWidget());
        if (text == (wasShown ? e.message->text() : QString()))
            continue;
        changed = true;
        e.message->setText(text);
        e.messageRow->setVisible(!text.isEmpty());
        e.input->setAccessibleDescription(
            text.isEmpty() ? e.description
                           : (e.description.isEmpty() ? text : text + QLatin1Char(' ') + e.description));
    }
    if (changed)
        emit shownChanged();
}

bool FieldProblems::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (Entry &e : m_entries) {
            auto *w = qobject_cast<QWidget *>(watched);
            const QWidget *holder = e.messageRow->parentWidget();
            if (w && (w == e.input || holder->isAncestorOf(w)) && e.edited && !e.left) {
                e.left = true;
                refresh();
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldProblems::markTabs(QTabWidget *tabs) const
{
    const QIcon warning = tabs->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < tabs->count(); ++i) {
        const bool problem = showsProblemWithin(tabs->widget(i));
        tabs->setTabIcon(i, problem ? warning : QIcon());
        tabs->setTabToolTip(i, problem ? tr("Something on this tab needs fixing.") : QString());
    }
}

QWidget *FieldProblems::showFirstInput(QTabWidget *tabs) const
{
    QWidget *input = firstInput();
    if (!input)
        return nullptr;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(input))
            tabs->setCurrentIndex(i);
    }
    return input;
}

} // namespace Kohtaamo
