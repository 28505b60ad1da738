/* minivm benchmarks: compile a small function to bytecode, run it, print nanoseconds per operation. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ceval.h"
#include "pystate.h"

#define MAX_CODE 240
#define ADDITIONS_PER_LOOP 36

typedef struct Builder {
    Instr code[MAX_CODE];
    int n;
} Builder;

static void emit(Builder *b, int opcode, int oparg)
{
    if (b->n >= MAX_CODE) {
        fprintf(stderr, "minivm: function too long\n");
        exit(3);
    }
    b->code[b->n].opcode = (unsigned char)opcode;
    b->code[b->n].oparg = (unsigned char)oparg;
    b->n++;
}

/* i = 0; while i < loops: <body>; i = i + 1 -- locals: 0 = i, 1 = loops, 2 = a, 3 = b */
static int emit_loop_head(Builder *b)
{
    int head = b->n;
    emit(b, OP_LOAD_FAST, 0);
    emit(b, OP_LOAD_FAST, 1);
    emit(b, OP_COMPARE_LT, 0);
    emit(b, OP_POP_JUMP_IF_FALSE, 0); /* patched by emit_loop_tail */
    return head;
}

static void emit_loop_tail(Builder *b, int head)
{
    emit(b, OP_LOAD_FAST, 0);
    emit(b, OP_LOAD_CONST, 0);
    emit(b, OP_BINARY_ADD, 0);
    emit(b, OP_STORE_FAST, 0);
    emit(b, OP_JUMP_ABSOLUTE, head);
    b->code[head + 3].oparg = (unsigned char)b->n;
    emit(b, OP_LOAD_CONST, 1);
    emit(b, OP_RETURN_VALUE, 0);
}

/* add_local: the loop body is 36 copies of `a + b` on two locals. */
static void build_add_local(Builder *b)
{
    int head = emit_loop_head(b);
    for (int k = 0; k < ADDITIONS_PER_LOOP; k++) {
        emit(b, OP_LOAD_FAST, 2);
        emit(b, OP_LOAD_FAST, 3);
        emit(b, OP_BINARY_ADD, 0);
        emit(b, OP_POP_TOP, 0);
    }
    emit_loop_tail(b, head);
}

/* load_store: the loop body is 36 copies of `a = b` on two locals. */
static void build_load_store(Builder *b)
{
    int head = emit_loop_head(b);
    for (int k = 0; k < ADDITIONS_PER_LOOP; k++) {
        emit(b, OP_LOAD_FAST, 3);
        emit(b, OP_STORE_FAST, 2);
    }
    emit_loop_tail(b, head);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void usage(void)
{
    fprintf(stderr, "usage: minivm add_local|load_store [loops]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage();
    }
    long loops = argc > 2 ? atol(argv[2]) : 400000;
    if (loops <= 0) {
        usage();
    }

    Builder b = {0};
    if (strcmp(argv[1], "add_local") == 0) {
        build_add_local(&b);
    } else if (strcmp(argv[1], "load_store") == 0) {
        build_load_store(&b);
    } else {
        usage();
    }

    runtime_init();
    Object *consts[2] = {int_from_long(1), int_from_long(0)};
    Object *locals[4] = {int_from_long(0), int_from_long(loops), int_from_long(1), int_from_long(2)};
    Code co = {b.code, b.n, consts, 4};

    double start = now_seconds();
    Object *result = eval_code(&co, locals);
    double elapsed = now_seconds() - start;
    DECREF(result);

    double ops = (double)loops * ADDITIONS_PER_LOOP;
    printf("%.4f\n", elapsed * 1e9 / ops);
    fprintf(stderr, "%s: %ld loops, %.4f ns per operation, %.3f s\n", argv[1], loops, elapsed * 1e9 / ops, elapsed);
    return 0;
}
