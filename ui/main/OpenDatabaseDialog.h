#pragma once

#include "office/DatabaseLocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kohtaamo {

// Asks which database to open: an SQLite file (browse, or type a new name to create one) or a shared PostgreSQL
// database as postgresql://user@host:port/database. The text is checked as it is typed; only a location that
// parses can be accepted. Opening it is the caller's business.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);

    void setLocation(const DatabaseLocation &location);
    // Valid after the dialog was accepted.
    DatabaseLocation location() const { return m_location; }
    QString text() const;

private:
    void browse();
    void validate();

    QLabel *m_explanation = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    DatabaseLocation m_location;
};

} // namespace Kohtaamo
