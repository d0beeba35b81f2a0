#include "core/messaging/CycleHooks.h"

#include <QList>
#include <QMutex>
#include <QPair>

namespace cd::CycleHooks {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

template <typename Hook> QList<QPair<QString, Hook>> &table()
{
    static QList<QPair<QString, Hook>> hooks;
    return hooks;
}

template <typename Hook> void put(const QString &name, Hook hook)
{
    QMutexLocker lock(&mutex());
    auto &hooks = table<Hook>();
    hooks.removeIf([&](const auto &entry) { return entry.first == name; });
    if (hook)
        hooks.append({name, std::move(hook)});
}

template <typename Hook> QList<QPair<QString, Hook>> copy()
{
    QMutexLocker lock(&mutex());
    return table<Hook>();
}

} // namespace

void setCycleHook(const QString &name, CycleHook hook)
{
    put<CycleHook>(name, std::move(hook));
}

void setInboundHook(const QString &name, InboundHook hook)
{
    put<InboundHook>(name, std::move(hook));
}

void runCycleHooks(CycleContext &context)
{
    for (const auto &entry : copy<CycleHook>())
        entry.second(context);
}

void runInboundHooks(CycleContext &context, const Message &message)
{
    for (const auto &entry : copy<InboundHook>())
        entry.second(context, message);
}

} // namespace cd::CycleHooks
