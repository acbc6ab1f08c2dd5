#pragma once

#include "office/RetentionDue.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Kohtaamo {

// Asks an admin to confirm what the office's retention rules find due (Today, docs/data-protection.md): the workers
// to erase (name, the day they left) and the audit entries to prune (how many, from when to when). Accepting is the
// confirmation; the Today page then applies it.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RetentionDialog(const RetentionDue &due, QWidget *parent = nullptr);

    const RetentionDue &due() const { return m_due; }
    QTreeWidget *workerList() const { return m_workers; }
    QPushButton *applyButton() const { return m_apply; }

private:
    RetentionDue m_due;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_workers = nullptr;
    QLabel *m_audit = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Kohtaamo
