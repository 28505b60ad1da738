/* Interpreter and thread state, shaped like CPython's runtime -> interpreter -> thread chain. */
#ifndef MINIVM_PYSTATE_H
#define MINIVM_PYSTATE_H

typedef struct CevalState {
    int eval_breaker;
    int pending_calls;
} CevalState;

typedef struct InterpreterState {
    CevalState ceval;
    long ticks;
} InterpreterState;

typedef struct ThreadState {
    InterpreterState *interp;
    int recursion_depth;
} ThreadState;

typedef struct RuntimeState {
    CevalState ceval;
    ThreadState *tstate_current;
} RuntimeState;

extern RuntimeState runtime;

ThreadState *threadstate_get(void);
void runtime_init(void);

#endif
