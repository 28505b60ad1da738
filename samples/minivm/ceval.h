#ifndef MINIVM_CEVAL_H
#define MINIVM_CEVAL_H

#include "object.h"
#include "opcode.h"

typedef struct Code {
    const Instr *instrs;
    int ninstrs;
    Object **consts;
    int nlocals;
} Code;

Object *eval_code(const Code *co, Object **locals);

#endif
