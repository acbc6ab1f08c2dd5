#pragma once

#include "common/Error.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Kohtaamo {

class FieldProblems;

// One part (tab) of an editor dialog: its fields are registered with the editor's FieldProblems under the names core
// validation uses, so core's messages appear next to them, and it tells the editor when the coordinator changes one.
// RequestFormPart and WorkerFormPart add the record they edit.
class FormPart : public QWidget
{
    Q_OBJECT
public:
    FormPart(FieldProblems &problems, QWidget *parent);

    // Problems only the form can see, such as an amount that is not a number; core checks everything else.
    virtual QVector<Error> inputProblems() const { return {}; }

signals:
    void changed();

protected:
    // Runs `fill` with edited() ignored: filling the fields is not an edit.
    template <typename F> void filling(F &&fill)
    {
        m_filling = true;
        fill();
        m_filling = false;
    }
    bool isFilling() const { return m_filling; }

    // The coordinator changed `field` (ignored while filling).
    void edited(const QString &field);
    // A form whose line edits take the width and whose dates, numbers and choices keep their own.
    static QFormLayout *newForm(QWidget *parent = nullptr);
    // A row "label: input" with the field's message line under the input; the label is the input's buddy.
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &field, QWidget *input,
                   QWidget *shown = nullptr);
    // A required field's label says so in words, not only in a placeholder: "&Name:" → "&Name (required):".
    static QString required(const QString &label);
    // Calls edited(field) whenever the widget's value changes.
    void track(QLineEdit *edit, const QString &field);
    void track(QPlainTextEdit *edit, const QString &field);
    void track(QSpinBox *spin, const QString &field);
    void track(QDoubleSpinBox *spin, const QString &field);
    void track(QComboBox *combo, const QString &field);
    void track(QCheckBox *check, const QString &field);
    void track(QDateTimeEdit *edit, const QString &field);

    FieldProblems &m_problems;

private:
    bool m_filling = false;
};

} // namespace Kohtaamo
