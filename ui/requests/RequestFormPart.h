#pragma once

#include "common/Error.h"
#include "domain/Request.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Kohtaamo {

class FieldProblems;

// A part of the request editor (one tab): fills its fields from a request, writes them back, and tells the editor
// when the coordinator changes one. Its fields are registered with the editor's FieldProblems under the names core
// validation uses, so core's messages appear next to them.
class RequestFormPart : public QWidget
{
    Q_OBJECT
public:
    RequestFormPart(FieldProblems &problems, QWidget *parent);

    void setRequest(const Request &request);
    virtual void applyTo(Request &request) const = 0;
    // Problems only the form can see, such as a fee that is not a number; core checks everything else.
    virtual QVector<Error> inputProblems() const { return {}; }

signals:
    void changed();

protected:
    virtual void fill(const Request &request) = 0;

    // The coordinator changed `field` (ignored while filling).
    void edited(const QString &field);
    // A form whose line edits take the width and whose dates, numbers and choices keep their own.
    static QFormLayout *newForm(QWidget *parent = nullptr);
    // A row "label: input" with the field's message line under the input; the label is the input's buddy.
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &field, QWidget *input,
                   QWidget *shown = nullptr);
    // Calls edited(field) whenever the widget's value changes.
    void track(QLineEdit *edit, const QString &field);
    void track(QPlainTextEdit *edit, const QString &field);
    void track(QSpinBox *spin, const QString &field);
    void track(QComboBox *combo, const QString &field);
    void track(QCheckBox *check, const QString &field);
    void track(QDateTimeEdit *edit, const QString &field);

    FieldProblems &m_problems;

private:
    bool m_filling = false;
};

} // namespace Kohtaamo
