/* Dispatch macros of the eval loop. */
#ifndef MINIVM_CEVAL_MACROS_H
#define MINIVM_CEVAL_MACROS_H

#include "pystate.h"

/* The eval breaker lives in the runtime: one relaxed load per instruction. */
#define EVAL_BREAKER_SET() \
    __atomic_load_n(&runtime.ceval.eval_breaker, __ATOMIC_RELAXED)

#define NEXTOPARG()                 \
    do {                            \
        opcode = next_instr->opcode; \
        oparg = next_instr->oparg;   \
        next_instr++;               \
    } while (0)

#define FAST_DISPATCH()                 \
    do {                                \
        NEXTOPARG();                    \
        goto *opcode_targets[opcode];   \
    } while (0)

#define DISPATCH()                          \
    do {                                    \
        if (EVAL_BREAKER_SET()) {           \
            goto handle_eval_breaker;       \
        }                                   \
        FAST_DISPATCH();                    \
    } while (0)

#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define SET_TOP(v) (stack_pointer[-1] = (v))

#endif
