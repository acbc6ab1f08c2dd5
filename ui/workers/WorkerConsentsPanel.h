#pragma once

#include "domain/Consent.h"
#include "workers/WorkerConsentChanges.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kohtaamo {

class ConsentHistoryModel;
class OptionalDateEdit;

// The worker's consents as a history. A stored consent is never edited: the coordinator records a new one (which
// replaces the current consent of the same scope) or withdraws one on a date. Both wait until the worker is saved
// and are then written by the office service with the worker, in one transaction (OfficeService::saveWorker).
class WorkerConsentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkerConsentsPanel(QWidget *parent = nullptr);

    void setConsents(const QVector<Consent> &stored, const QHash<qint64, QString> &coordinatorNames);
    bool hasPendingChanges() const;
    // The consents to record and withdraw when the worker is saved.
    WorkerConsentChanges pendingChanges() const;
    ConsentHistoryModel *model() const { return m_model; }

signals:
    void changed();

private:
    void addConsent();
    void withdrawSelected();
    void updateControls();
    void showProblem(const QString &text);

    ConsentHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_givenOn = nullptr;
    OptionalDateEdit *m_expiresOn = nullptr;
    QLineEdit *m_guardian = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QDateEdit *m_withdrawOn = nullptr;
    QPushButton *m_withdraw = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Kohtaamo
