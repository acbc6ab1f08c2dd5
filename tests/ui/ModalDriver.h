#pragma once

// Drives a modal dialog from a GUI test: its exec() runs an event loop of its own, so the test arranges beforehand
// what to do once it is open.
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Kohtaamo::Test {

struct ModalSeen
{
    bool seen = false;
    QString text; // a message box's text, else the window title
};

// Runs `work` on the next modal dialog of type T as soon as it is open, then makes sure it is closed, so that a
// failed check inside never leaves the test hanging. Gives up after 5 s.
template <typename T> std::shared_ptr<ModalSeen> whenModal(std::function<void(T *)> work)
{
    auto seen = std::make_shared<ModalSeen>();
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, seen, ticks, work] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*ticks > 500)
                timer->deleteLater();
            return;
        }
        timer->deleteLater();
        seen->seen = true;
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            seen->text = box->text();
        else
            seen->text = dialog->windowTitle();
        work(dialog);
        if (dialog->isVisible())
            dialog->done(QDialog::Rejected);
    });
    timer->start(10);
    return seen;
}

} // namespace Kohtaamo::Test
