#include "pystate.h"

RuntimeState runtime;
static InterpreterState main_interp;
static ThreadState main_thread;

void runtime_init(void)
{
    main_thread.interp = &main_interp;
    runtime.tstate_current = &main_thread;
}

ThreadState *threadstate_get(void)
{
    return __atomic_load_n(&runtime.tstate_current, __ATOMIC_RELAXED);
}
