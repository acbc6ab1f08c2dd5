#pragma once

#include "common/Error.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <vector>

class QLabel;
class QTabWidget;
class QWidget;

namespace Kohtaamo {

// Shows the problems core validation finds about the fields of a form. Each field is named as core names it in
// Error::detail (a Request member such as "requesterEmail"). A field with a problem gets a warning sign beside its
// input (its place is kept while hidden), and the message itself is listed in the form's problem panel, below the
// fields, with the field's label before it; clicking it goes to the field. Nothing above the panel moves when a
// message comes or goes, so the next click lands where the coordinator aimed (the forms used to grow a line under
// the field as it was left). A field's message appears once the coordinator has changed the field and left it, or
// for every field after revealAll() (an attempt to save), and it disappears as soon as the field is right. The
// message is also the input's accessible description, so a screen reader says it on focus.
class FieldProblems : public QObject
{
    Q_OBJECT
public:
    explicit FieldProblems(QObject *parent = nullptr);
    ~FieldProblems() override;

    // The panel that lists the shown problems; the form puts it under its fields (above its buttons). Hidden while
    // there is nothing to say.
    QWidget *panel() const { return m_panel; }

    // Registers `field`: `input` gets the focus for it; `shown` (default: input) is what the form lays out. Returns
    // the widget to put into the layout instead: `shown` with the warning sign's place beside it. Order of
    // registration is the order of "first problem" and of the panel.
    QWidget *add(const QString &field, QWidget *input, QWidget *shown = nullptr);
    bool hasField(const QString &field) const;

    // The coordinator changed the field: a save error about it is dropped, and its message shows once it is left.
    void edited(const QString &field);
    // The rules the form breaks now; replaces the previous ones.
    void setProblems(const QVector<Error> &problems);
    // A problem only a save found (a check against the database); it stays until its field is edited.
    void addSaveProblem(const Error &problem);
    void revealAll();
    // Nothing edited, nothing shown (after loading another request).
    void reset();

    QString shownMessage(const QString &field) const;
    QStringList shownFields() const;
    // The input of the first registered field whose problem is shown, or nullptr.
    QWidget *firstInput() const;
    // Whether `widget` holds a field whose problem is shown.
    bool showsProblemWithin(const QWidget *widget) const;
    // Marks each tab of a tabbed form that holds a shown problem with a warning icon and a tooltip.
    void markTabs(QTabWidget *tabs) const;
    // Switches to the tab that holds the first shown problem and returns its input; nullptr when there is none.
    QWidget *showFirstInput(QTabWidget *tabs) const;

signals:
    void shownChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QString field;
        QWidget *input = nullptr;
        QWidget *holder = nullptr;
        QLabel *sign = nullptr; // beside the input
        QWidget *messageRow = nullptr; // in the panel
        QLabel *caption = nullptr;
        QLabel *message = nullptr;
        QString description; // the input's own accessible description
        bool edited = false;
        bool left = false;
        QString saveProblem;
    };
    Entry *entry(const QString &field);
    void refresh();
    static QString captionOf(const QWidget *input);
    static void goTo(QWidget *input);

    QPointer<QWidget> m_panel; // owned by the form once laid out, by this until then

    std::vector<Entry> m_entries;
    QVector<Error> m_problems;
    bool m_revealAll = false;
};

} // namespace Kohtaamo
