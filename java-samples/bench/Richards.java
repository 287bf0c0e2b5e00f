// Richards: Martin Richards' operating-system simulation (the BCPL benchmark,
// as the Are-We-Fast-Yet suite describes it): a scheduler runs six tasks — an
// idle task, a worker, two handlers and two devices — that pass packets
// through queues, hold, release and suspend one another. Measures virtual
// calls through an abstract task, object field traffic and linked-list
// walking. The idle task counts to 10000; the published result is 23246
// packets queued and 9297 holds.
public class Richards extends harness.RepeatedBenchmark {
    static final int COUNT = 10000;
    static final int EXPECTED_QUEUE_COUNT = 23246;
    static final int EXPECTED_HOLD_COUNT = 9297;

    static final int ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3,
            ID_DEVICE_A = 4, ID_DEVICE_B = 5, NUMBER_OF_IDS = 6;
    static final int KIND_DEVICE = 0, KIND_WORK = 1;
    static final int DATA_SIZE = 4;

    static final class Packet {
        Packet link;
        int id;
        final int kind;
        int a1;
        final int[] a2 = new int[DATA_SIZE];

        Packet(Packet link, int id, int kind) {
            this.link = link;
            this.id = id;
            this.kind = kind;
        }

        /** Appends this packet to the end of {@code queue}; returns the queue's new head. */
        Packet addTo(Packet queue) {
            link = null;
            if (queue == null) return this;
            Packet last = queue;
            while (last.link != null) last = last.link;
            last.link = this;
            return queue;
        }
    }

    // Task states: bit 0 "has a packet waiting", bit 1 "suspended", bit 2 "held".
    static final int STATE_RUNNING = 0, STATE_RUNNABLE = 1, STATE_SUSPENDED = 2,
            STATE_SUSPENDED_RUNNABLE = 3, STATE_HELD = 4;

    static final class TaskControlBlock {
        final TaskControlBlock link;
        final int id;
        final int priority;
        Packet queue;
        final Task task;
        int state;

        TaskControlBlock(TaskControlBlock link, int id, int priority, Packet queue, Task task) {
            this.link = link;
            this.id = id;
            this.priority = priority;
            this.queue = queue;
            this.task = task;
            state = queue == null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
        }

        boolean isHeldOrSuspended() { return (state & STATE_HELD) != 0 || state == STATE_SUSPENDED; }

        TaskControlBlock run() {
            Packet packet = null;
            if (state == STATE_SUSPENDED_RUNNABLE) {
                packet = queue;
                queue = packet.link;
                state = queue == null ? STATE_RUNNING : STATE_RUNNABLE;
            }
            return task.run(packet);
        }

        /** Queues {@code packet} here; returns the task to run next (this one if it now outranks {@code current}). */
        TaskControlBlock checkPriorityAdd(TaskControlBlock current, Packet packet) {
            if (queue == null) {
                queue = packet;
                state |= STATE_RUNNABLE;
                if (priority > current.priority) return this;
            } else {
                queue = packet.addTo(queue);
            }
            return current;
        }
    }

    static abstract class Task {
        final Scheduler scheduler;
        Task(Scheduler scheduler) { this.scheduler = scheduler; }
        abstract TaskControlBlock run(Packet packet);
    }

    static final class IdleTask extends Task {
        int v1;
        int count;
        IdleTask(Scheduler s, int v1, int count) { super(s); this.v1 = v1; this.count = count; }

        TaskControlBlock run(Packet packet) {
            if (--count == 0) return scheduler.holdCurrent();
            if ((v1 & 1) == 0) {
                v1 = v1 >> 1;
                return scheduler.release(ID_DEVICE_A);
            }
            v1 = (v1 >> 1) ^ 0xD008;
            return scheduler.release(ID_DEVICE_B);
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;
        DeviceTask(Scheduler s) { super(s); }

        TaskControlBlock run(Packet packet) {
            if (packet == null) {
                if (pending == null) return scheduler.suspendCurrent();
                Packet p = pending;
                pending = null;
                return scheduler.queue(p);
            }
            pending = packet;
            return scheduler.holdCurrent();
        }
    }

    static final class WorkerTask extends Task {
        int destination;
        int count;
        WorkerTask(Scheduler s, int destination, int count) { super(s); this.destination = destination; this.count = count; }

        TaskControlBlock run(Packet packet) {
            if (packet == null) return scheduler.suspendCurrent();
            destination = destination == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
            packet.id = destination;
            packet.a1 = 0;
            for (int i = 0; i < DATA_SIZE; i++) {
                if (++count > 26) count = 1;
                packet.a2[i] = count;
            }
            return scheduler.queue(packet);
        }
    }

    static final class HandlerTask extends Task {
        Packet workIn;
        Packet deviceIn;
        HandlerTask(Scheduler s) { super(s); }

        TaskControlBlock run(Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) workIn = packet.addTo(workIn);
                else deviceIn = packet.addTo(deviceIn);
            }
            if (workIn != null) {
                int count = workIn.a1;
                if (count < DATA_SIZE) {
                    if (deviceIn != null) {
                        Packet v = deviceIn;
                        deviceIn = deviceIn.link;
                        v.a1 = workIn.a2[count];
                        workIn.a1 = count + 1;
                        return scheduler.queue(v);
                    }
                } else {
                    Packet v = workIn;
                    workIn = workIn.link;
                    return scheduler.queue(v);
                }
            }
            return scheduler.suspendCurrent();
        }
    }

    static final class Scheduler {
        int queueCount;
        int holdCount;
        final TaskControlBlock[] blocks = new TaskControlBlock[NUMBER_OF_IDS];
        TaskControlBlock list;
        TaskControlBlock current;
        int currentId;

        void addTask(int id, int priority, Packet queue, Task task) {
            current = new TaskControlBlock(list, id, priority, queue, task);
            list = current;
            blocks[id] = current;
        }

        void schedule() {
            current = list;
            while (current != null) {
                if (current.isHeldOrSuspended()) {
                    current = current.link;
                } else {
                    currentId = current.id;
                    current = current.run();
                }
            }
        }

        TaskControlBlock release(int id) {
            TaskControlBlock tcb = blocks[id];
            if (tcb == null) return null;
            tcb.state &= ~STATE_HELD;
            return tcb.priority > current.priority ? tcb : current;
        }

        TaskControlBlock holdCurrent() {
            holdCount++;
            current.state |= STATE_HELD;
            return current.link;
        }

        TaskControlBlock suspendCurrent() {
            current.state |= STATE_SUSPENDED;
            return current;
        }

        TaskControlBlock queue(Packet packet) {
            TaskControlBlock target = blocks[packet.id];
            if (target == null) return null;
            queueCount++;
            packet.link = null;
            packet.id = currentId;
            return target.checkPriorityAdd(current, packet);
        }
    }

    public Object benchmark() {
        Scheduler s = new Scheduler();
        s.addTask(ID_IDLE, 0, null, new IdleTask(s, 1, COUNT));
        s.current.state = STATE_RUNNING;

        Packet queue = new Packet(null, ID_WORKER, KIND_WORK);
        queue = new Packet(queue, ID_WORKER, KIND_WORK);
        s.addTask(ID_WORKER, 1000, queue, new WorkerTask(s, ID_HANDLER_A, 0));

        queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
        s.addTask(ID_HANDLER_A, 2000, queue, new HandlerTask(s));

        queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
        s.addTask(ID_HANDLER_B, 3000, queue, new HandlerTask(s));

        s.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(s));
        s.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(s));
        s.schedule();
        return s;
    }

    public boolean verifyResult(Object result) {
        Scheduler s = (Scheduler) result;
        return s.queueCount == EXPECTED_QUEUE_COUNT && s.holdCount == EXPECTED_HOLD_COUNT;
    }

    public static void main(String[] args) { harness.Run.main(new Richards(), args, 1, 1); }
}
