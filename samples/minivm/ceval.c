/* The eval loop: a computed-goto interpreter in the spirit of CPython's ceval.c. */
#include <stdio.h>
#include <stdlib.h>

#include "ceval.h"
#include "ceval_macros.h"
#include "pystate.h"

#define STACK_SIZE 64

Object *eval_code(const Code *co, Object **locals)
{
    static void *opcode_targets[OP_COUNT] = {
        [OP_NOP] = &&TARGET_NOP,
        [OP_LOAD_FAST] = &&TARGET_LOAD_FAST,
        [OP_STORE_FAST] = &&TARGET_STORE_FAST,
        [OP_LOAD_CONST] = &&TARGET_LOAD_CONST,
        [OP_BINARY_ADD] = &&TARGET_BINARY_ADD,
        [OP_BINARY_SUBTRACT] = &&TARGET_BINARY_SUBTRACT,
        [OP_POP_TOP] = &&TARGET_POP_TOP,
        [OP_COMPARE_LT] = &&TARGET_COMPARE_LT,
        [OP_POP_JUMP_IF_FALSE] = &&TARGET_POP_JUMP_IF_FALSE,
        [OP_JUMP_ABSOLUTE] = &&TARGET_JUMP_ABSOLUTE,
        [OP_RETURN_VALUE] = &&TARGET_RETURN_VALUE,
    };
    Object *stack[STACK_SIZE];
    Object **stack_pointer = stack;
    const Instr *first_instr = co->instrs;
    const Instr *next_instr = first_instr;
    int opcode;
    int oparg;

    FAST_DISPATCH();

handle_eval_breaker:
    __atomic_store_n(&runtime.ceval.eval_breaker, 0, __ATOMIC_RELAXED);
    FAST_DISPATCH();

TARGET_NOP:
    DISPATCH();

TARGET_LOAD_FAST: {
    Object *value = locals[oparg];
    INCREF(value);
    PUSH(value);
    DISPATCH();
}

TARGET_STORE_FAST: {
    Object *value = POP();
    Object *old = locals[oparg];
    locals[oparg] = value;
    DECREF(old);
    DISPATCH();
}

TARGET_LOAD_CONST: {
    Object *value = co->consts[oparg];
    INCREF(value);
    PUSH(value);
    DISPATCH();
}

TARGET_BINARY_ADD: {
    Object *right = POP();
    Object *left = TOP();
    Object *sum = int_from_long(left->value + right->value);
    DECREF(left);
    DECREF(right);
    SET_TOP(sum);
    DISPATCH();
}

TARGET_BINARY_SUBTRACT: {
    Object *right = POP();
    Object *left = TOP();
    Object *diff = int_from_long(left->value - right->value);
    DECREF(left);
    DECREF(right);
    SET_TOP(diff);
    DISPATCH();
}

TARGET_POP_TOP: {
    Object *value = POP();
    DECREF(value);
    DISPATCH();
}

TARGET_COMPARE_LT: {
    Object *right = POP();
    Object *left = TOP();
    Object *result = int_from_long(left->value < right->value);
    DECREF(left);
    DECREF(right);
    SET_TOP(result);
    DISPATCH();
}

TARGET_POP_JUMP_IF_FALSE: {
    Object *cond = POP();
    int is_false = cond->value == 0;
    DECREF(cond);
    if (is_false) {
        next_instr = first_instr + oparg;
    }
    DISPATCH();
}

TARGET_JUMP_ABSOLUTE:
    next_instr = first_instr + oparg;
    DISPATCH();

TARGET_RETURN_VALUE:
    return POP();
}
