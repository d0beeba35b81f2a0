#pragma once

#include "core/messaging/Message.h"

#include <QString>

#include <functional>

namespace cd {

class MessageStore;
class Outbox;
class PatientStore;
class SmsGateway;

// What a hook gets: the messaging thread's stores, transport and outbox.
struct CycleContext
{
    MessageStore &messages;
    PatientStore &patients;
    SmsGateway &gateway;
    Outbox &outbox;
};

// Work other areas add to the messaging engine without the engine knowing them (appointment reminders and replies).
// Registered once per process by AppServices; run in the messaging thread.
namespace CycleHooks {
using CycleHook = std::function<void(CycleContext &)>;
using InboundHook = std::function<void(CycleContext &, const Message &)>;
// Runs at the start of every cycle, before the outbox flush (so a waiting cancel goes first).
void setCycleHook(const QString &name, CycleHook hook); // an empty hook removes it
// Runs for every newly stored reply from a known patient, after the STOP/START handling.
void setInboundHook(const QString &name, InboundHook hook);
void runCycleHooks(CycleContext &context);
void runInboundHooks(CycleContext &context, const Message &message);
} // namespace CycleHooks

} // namespace cd
